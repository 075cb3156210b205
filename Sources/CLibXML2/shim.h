#ifndef TRADEWATCH_CLIBXML2_H
#define TRADEWATCH_CLIBXML2_H
#include <libxml/xmlversion.h>
// Debian's libxml2 is built with ICU, and its headers then pull in the
// system's ICU headers, which clash with the copy Foundation ships. tradewatch
// never touches the ICU fields of xmlCharEncodingHandler (only pointers to it),
// so hiding them is safe.
#undef LIBXML_ICU_ENABLED
#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>
#include <libxml/entities.h>
#include <libxml/uri.h>
#include <libxml/xmlIO.h>
#include <libxml/HTMLparser.h>
#include <libxml/parserInternals.h>
#endif
