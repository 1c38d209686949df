// needs: xml
// lib/io/xml.fun: the XML class
#include <io/xml.fun>
x = XML()
doc = x.parse("<cat><item sku='7'>Tea</item><item sku='9'>Cake</item></cat>")
r = x.root(doc)
print(x.name(r), x.text(r))                  // expect: cat TeaCake
items = x.children(r)
print(len(items), x.attr(items[1], "sku"), x.attrs(items[0]))  // expect: 2 9 {"sku": 7}
print(x.between("<a>inner</a>", "<a>", "</a>"))   // expect: inner
print(x.between("key=value", "=", ""))        // expect: value
print("[" + x.between("abc", "x", "c") + x.between("abc", "a", "x") + "]")  // expect: []
path = "/tmp/fun_xml_class_" + to_string(pid()) + ".xml"
write_file(path, "<f><g>file</g></f>")
print(x.text(x.root(x.from_file(path))))     // expect: file
write_file(path, "")
print(x.from_file(path), x.from_file("/nonexistent.xml"))  // expect: 0 0
remove_file(path)
print(x.parse("<bad"), x.error())            // expect: 0 line 1: Couldn't find end of Start Tag bad line 1
