#include "ui/about/aboutdialog.h"

#include "lgsp_version.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace lgsp::ui {

AboutDialog::AboutDialog(QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("About LGSP Console"));
    auto *logo = new QLabel(this);
    logo->setPixmap(QIcon(QStringLiteral(":/icons/lgsp-console.svg")).pixmap(QSize(80, 80)));
    logo->setAlignment(Qt::AlignTop);
    auto *text = new QLabel(aboutText(), this);
    text->setTextFormat(Qt::RichText);
    text->setWordWrap(true);
    text->setOpenExternalLinks(true);
    text->setTextInteractionFlags(Qt::TextBrowserInteraction);
    text->setMinimumWidth(460);

    auto *buttons = new QDialogButtonBox(this);
    QPushButton *close = buttons->addButton(tr("Close"), QDialogButtonBox::AcceptRole);
    close->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);

    auto *row = new QHBoxLayout;
    row->addWidget(logo);
    row->addSpacing(12);
    row->addWidget(text, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(row);
    layout->addWidget(buttons);
}

QString AboutDialog::aboutText()
{
    const QString title = tr("LGSP Console %1").arg(QStringLiteral(LGSP_VERSION_STRING));
    const QString summary =
        tr("Administration console for the integration and data-sharing platforms (LGSP) of "
           "Vietnam's ministries and provinces.");
    const QString qtLine =
        tr("Built with Qt %1, running on Qt %2.")
            .arg(QStringLiteral(QT_VERSION_STR), QString::fromLatin1(qVersion()));
    const QString licences = tr("Licences");
    const QString lines[] = {
        tr("LGSP Console and lgsp-sandbox: GNU General Public License, version 3 or later."),
        tr("Qt Core, Gui, Widgets, Network, SQL, SVG and WebSockets: GNU Lesser General Public "
           "License, version 3."),
        tr("Qt Charts and Qt HTTP Server: GNU General Public License, version 3."),
        tr("QtKeychain: BSD 3-Clause License."),
    };
    QString list;
    for (const QString &line : lines)
        list += QStringLiteral("<li>%1</li>").arg(line.toHtmlEscaped());
    return QStringLiteral("<h2>%1</h2><p>%2</p><p>%3</p><p><b>%4</b></p><ul>%5</ul>")
        .arg(title.toHtmlEscaped(), summary.toHtmlEscaped(), qtLine.toHtmlEscaped(),
             licences.toHtmlEscaped(), list);
}

} // namespace lgsp::ui
