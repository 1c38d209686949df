// needs: xml
// children and attributes
d = xml_parse("<lib><book id='1' lang=\"en\">A</book>text<!-- c --><book id='2'>B</book><mag/></lib>")
kids = xml_children(xml_root(d))
print(len(kids))                        // expect: 3
for k in kids
  print(xml_name(k), xml_attr(k, "id"), "[" + xml_text(k) + "]")
// expect: book 1 [A]
// expect: book 2 [B]
// expect: mag nil []
print(xml_attrs(kids[0]))               // expect: {"id": 1, "lang": en}
print(xml_attrs(kids[2]), xml_children(kids[2]))  // expect: {} []
print(xml_attr(kids[0], "nope"), xml_children(7), xml_attrs("x"))  // expect: nil [] {}
print(xml_text(xml_root(xml_parse("<a v='&lt;&amp;'/>"))), xml_attr(xml_root(xml_parse("<a v='&lt;&amp;'/>")), "v"))  // expect:  <&
try
  xml_attr(kids[0], 5)
catch e
  print(e)   // expect: Runtime type error: xml_attr: argument 2 must be a String, got Int
