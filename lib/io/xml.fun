// io/xml.fun: the XML class over the xml_* builtins (docs/xml.md).
//   x = XML()
//   doc = x.parse(text)       -> document handle, or 0 (x.error() says why)
//   doc = x.from_file(path)   -> the same for a file (0 if empty or missing)
//   r = x.root(doc)           -> root element node, or 0
//   x.name(node), x.text(node)
//   x.children(node)          -> Array of child element nodes
//   x.attr(node, name)        -> String or nil;  x.attrs(node) -> Map
//   x.between(s, a, b)        -> the text after the first a up to the next b
// Documents and nodes are freed by the garbage collector.

class XML()
  fun parse(this, text)
    return xml_parse(text)

  fun root(this, doc)
    return xml_root(doc)

  fun name(this, node)
    return xml_name(node)

  fun text(this, node)
    return xml_text(node)

  fun children(this, node)
    return xml_children(node)

  fun attr(this, node, name)
    return xml_attr(node, to_string(name))

  fun attrs(this, node)
    return xml_attrs(node)

  fun error(this)
    return xml_error()

  fun from_file(this, path)
    s = read_file(to_string(path))
    if s == nil || s == ""
      return 0
    return xml_parse(s)

  fun between(this, s, a, b)
    s = to_string(s)
    i = find(s, to_string(a))
    if i < 0
      return ""
    a = to_string(a)
    rest = substr(s, i + len(a), len(s) - i - len(a))
    if b == ""
      return rest
    j = find(rest, to_string(b))
    if j < 0
      return ""
    return substr(rest, 0, j)
