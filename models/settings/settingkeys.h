#pragma once

#include <QByteArray>
#include <QLatin1String>
#include <QString>

namespace lgsp::models {

// A typed settings key: its name in the file and the value used when the file has none.
template<typename T>
struct SettingKey
{
    QLatin1String name;
    T defaultValue;
};

namespace SettingKeys {
// "vi" or "en"; empty until chosen, then the system locale decides.
inline const SettingKey<QString> Language{QLatin1String("ui/language"), QString()};
// "system", "light", "dark" or "high-contrast"; empty: follow the system.
inline const SettingKey<QString> Theme{QLatin1String("ui/theme"), QString()};
inline const SettingKey<bool> WelcomeSeen{QLatin1String("ui/welcomeSeen"), false};
inline const SettingKey<QByteArray> WindowGeometry{QLatin1String("ui/windowGeometry"),
                                                   QByteArray()};
inline const SettingKey<QByteArray> WindowState{QLatin1String("ui/windowState"), QByteArray()};
inline const SettingKey<QString> LastPage{QLatin1String("ui/lastPage"), QString()};
// JSON: each page's search, filters and selection and the chart window, as last closed.
inline const SettingKey<QByteArray> ViewState{QLatin1String("ui/viewState"), QByteArray()};
// The command palette's commands used last, newest first, one id per line.
inline const SettingKey<QByteArray> PaletteRecent{QLatin1String("ui/paletteRecent"), QByteArray()};
// JSON of models::AlertThresholds; empty: the defaults.
inline const SettingKey<QByteArray> AlertThresholds{QLatin1String("alerts/thresholds"),
                                                    QByteArray()};
// The configuration bundles opened last, newest first, one absolute path per line.
inline const SettingKey<QByteArray> RecentBundles{QLatin1String("config/recentBundles"),
                                                  QByteArray()};
} // namespace SettingKeys

} // namespace lgsp::models
