#pragma once

#include <Qt>

namespace lgsp::models {

// Roles every table model of the console provides besides Qt's display roles.
enum Role {
    // The raw value of a cell (number, date, enum name) for sorting and export; DisplayRole
    // holds the formatted text.
    RawRole = Qt::UserRole + 1,
    // On column 0: the row's search key, the folded text of every searchable column
    // (protocol::foldForSearch), so filtering needs no folding per keystroke.
    SearchKeyRole,
    // On column 0: the row's stable identity (instance id + code), for selection and actions.
    IdentityRole,
    // The status of the row or cell as a name ("ok", "warn", "fail", "stale", "active"…), for
    // filters and colours.
    StatusRole,
    // How a cell's text should stand out ("error", "warning"), for the UI to colour from its
    // theme; models hold no colours.
    ToneRole,
    FirstCustomRole
};

} // namespace lgsp::models
