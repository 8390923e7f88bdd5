#pragma once

class QFormLayout;

namespace lgsp::ui {

// Empties a form layout before its rows are added again (after a language change): the
// labels it made are deleted, the field widgets are kept for the new rows.
void clearFormRows(QFormLayout *form);

} // namespace lgsp::ui
