#ifndef TRADEWATCH_CLIBPQ_H
#define TRADEWATCH_CLIBPQ_H
#include <libpq-fe.h>
#endif
