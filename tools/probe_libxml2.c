// SPDX-License-Identifier: MIT
// Build probe: compiles and links only when libxml2 is usable.
#include <libxml/parser.h>

int main(void)
{
    xmlDocPtr d = xmlReadMemory("<a/>", 4, "x.xml", NULL, XML_PARSE_NONET);
    xmlFreeDoc(d);
    return d == NULL;
}
