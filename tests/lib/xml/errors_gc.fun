// needs: xml
// a parse error gives 0 and xml_error() says why; nothing on stderr
print(xml_parse("<a>"), xml_error())         // expect: 0 line 1: Premature end of data in tag a line 1
print(xml_parse("not xml"), xml_error())     // expect: 0 line 1: Start tag expected, '<' not found
print(xml_parse(""), xml_error())            // expect: 0 empty document
print(xml_parse("<a\x00/>"))                  // expect: 0
d = xml_parse("<ok/>")
print(xml_error() == "")                     // expect: true
// no external entity or DTD is fetched
x = xml_parse("<!DOCTYPE a [<!ENTITY e SYSTEM \"file:///etc/hostname\">]><a>&e;</a>")
print(xml_text(xml_root(x)))                 // expect:
// documents and nodes belong to the collector: far more than the
// reference's 63 documents / 255 nodes, and a node keeps its document alive
keep = nil
for i in range(3000)
  doc = xml_parse("<r><c n='" + to_string(i) + "'>v" + to_string(i) + "</c></r>")
  n = xml_children(xml_root(doc))[0]
  if i == 10
    keep = n
  doc = nil
print(xml_text(n), xml_attr(n, "n"))         // expect: v2999 2999
print(xml_text(keep), xml_name(xml_root(keep)))  // expect: v10 r
