// needs: xml
// xml_parse / xml_root / xml_name / xml_text: the reference's results
d = xml_parse("<a x='1'>hi<b>there</b><!-- c --><![CDATA[ cd ]]>&amp;&#65;</a>")
print(typeof(d), d)                     // expect: Handle <xml document>
r = xml_root(d)
print(r, xml_name(r))                   // expect: <xml node> a
print(xml_text(r))                      // expect: hithere cd &A
// the local name of a prefixed element
print(xml_name(xml_root(xml_parse("<ns:library xmlns:ns='urn:x'><ns:book/></ns:library>"))))  // expect: library
// an encoding declaration is honoured: UTF-8 bytes read as Latin-1
print(xml_text(xml_root(xml_parse("<?xml version='1.0' encoding='ISO-8859-1'?><a>\xc3\xa9</a>"))) == "\xc3\x83\xc2\xa9")  // expect: true
// whitespace is kept
print("[" + xml_text(xml_root(xml_parse("<a>  x\n </a>"))) + "]")
// expect: [  x
// expect:  ]
// bad handles: "" / 0, and a document is not a node
print("[" + xml_name(1) + xml_name(d) + xml_text("1") + xml_text(nil) + "]", xml_root(5), xml_root(nil))  // expect: [] 0 0
// a node handle gives the root of its document
print(xml_name(xml_root(r)))            // expect: a
