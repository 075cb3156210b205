/* The parse floor: libxml2 alone, reading each file into a tree and freeing
 * it, with the options tradewatch uses. Best of N rounds over all files;
 * prints one JSON line shaped like `tradewatch parse --stats`. "items" is
 * counted in an extra pass after the timed rounds, so it costs the floor nothing.
 * Usage: xmlfloor [-n ROUNDS] FILE... */
#include <libxml/parser.h>
#include <libxml/tree.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

static double now(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return ts.tv_sec + ts.tv_nsec / 1e9;
}

static xmlParserInputPtr refuse(const char *url, const char *id, xmlParserCtxtPtr ctxt) {
    (void)url; (void)id; (void)ctxt;
    return NULL;
}

static int is_item(xmlNodePtr node) {
    return node->type == XML_ELEMENT_NODE
        && (xmlStrcmp(node->name, BAD_CAST "item") == 0 || xmlStrcmp(node->name, BAD_CAST "entry") == 0);
}

/* Items as the feed formats place them: under the root (Atom, RSS 1.0) or
 * under the root's channel (RSS 0.9x/2.0). */
static long count_items(xmlDocPtr doc) {
    xmlNodePtr root = xmlDocGetRootElement(doc);
    long count = 0;
    if (root == NULL) return 0;
    for (xmlNodePtr child = root->children; child != NULL; child = child->next) {
        if (is_item(child)) count++;
        if (child->type == XML_ELEMENT_NODE && xmlStrcmp(child->name, BAD_CAST "channel") == 0)
            for (xmlNodePtr grandchild = child->children; grandchild != NULL; grandchild = grandchild->next)
                if (is_item(grandchild)) count++;
    }
    return count;
}

int main(int argc, char **argv) {
    int rounds = 5, first = 1;
    if (argc > 2 && strcmp(argv[1], "-n") == 0) { rounds = atoi(argv[2]); first = 3; }
    int n = argc - first;
    if (n <= 0) { fprintf(stderr, "usage: xmlfloor [-n ROUNDS] FILE...\n"); return 2; }
    char **data = calloc(n, sizeof *data);
    long *size = calloc(n, sizeof *size);
    long total = 0;
    for (int i = 0; i < n; i++) {
        FILE *f = fopen(argv[first + i], "rb");
        if (!f) { fprintf(stderr, "xmlfloor: %s: cannot read\n", argv[first + i]); return 1; }
        fseek(f, 0, SEEK_END);
        size[i] = ftell(f);
        fseek(f, 0, SEEK_SET);
        data[i] = malloc(size[i] + 1);
        if (fread(data[i], 1, size[i], f) != (size_t)size[i]) { fprintf(stderr, "xmlfloor: short read\n"); return 1; }
        fclose(f);
        total += size[i];
    }
    xmlInitParser();
    xmlSetExternalEntityLoader(refuse);
    int options = XML_PARSE_RECOVER | XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING
        | XML_PARSE_NOCDATA | XML_PARSE_COMPACT;
    double best = 1e9;
    int errors = 0;
    for (int r = 0; r < rounds; r++) {
        errors = 0;
        double t0 = now();
        for (int i = 0; i < n; i++) {
            xmlDocPtr doc = xmlReadMemory(data[i], (int)size[i], NULL, NULL, options);
            if (doc == NULL || xmlDocGetRootElement(doc) == NULL) errors++;
            xmlFreeDoc(doc);
        }
        double t = now() - t0;
        if (t < best) best = t;
    }
    long items = 0;
    for (int i = 0; i < n; i++) {
        xmlDocPtr doc = xmlReadMemory(data[i], (int)size[i], NULL, NULL, options);
        if (doc != NULL) items += count_items(doc);
        xmlFreeDoc(doc);
    }
    printf("{\"files\":%d,\"bytes\":%ld,\"items\":%ld,\"errors\":%d,\"seconds\":%.6f,\"mb_per_s\":%.2f}\n",
           n, total, items, errors, best, total / 1e6 / best);
    return 0;
}
