// SPDX-License-Identifier: MIT
// Build probe: compiles and links only when libsqlite3 (3.37 or later) is usable.
#include <sqlite3.h>

int main(void)
{
    sqlite3 *db = 0;
    int rc = sqlite3_open_v2(":memory:", &db, SQLITE_OPEN_READWRITE, 0);
    (void)sqlite3_changes64(db);
    sqlite3_close(db);
    return rc;
}
