// io/json.fun: the JSON class over the json_* builtins (docs/json.md).
//   j = JSON()
//   j.parse(text)                 -> the value; invalid text raises a
//                                    catchable error naming line and column
//   j.stringify(value, pretty)    -> String (pretty: true/1, nil = compact)
//   j.from_file(path)             -> the value read from a JSON file
//   j.to_file(path, value, pretty) -> 1 written, 0 if the file cannot be written
// parse and from_file pass their argument through to_string, as the
// reference's class does.

class JSON()
  fun parse(this, text)
    return json_parse(to_string(text))

  fun stringify(this, value, pretty)
    if pretty == nil
      pretty = 0
    return json_stringify(value, pretty)

  fun from_file(this, path)
    return json_from_file(to_string(path))

  fun to_file(this, path, value, pretty)
    if pretty == nil
      pretty = 0
    return json_to_file(to_string(path), value, pretty)
