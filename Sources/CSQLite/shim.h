#ifndef TRADEWATCH_CSQLITE_H
#define TRADEWATCH_CSQLITE_H
#include <sqlite3.h>
// SQLITE_TRANSIENT is a cast macro Swift cannot import: tells SQLite to copy
// bound text before sqlite3_bind_text returns.
static inline sqlite3_destructor_type tw_sqlite_transient(void) { return SQLITE_TRANSIENT; }
#endif
