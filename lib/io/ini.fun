// io/ini.fun: the INI class over the ini_* builtins (docs/ini.md), the
// reference's API.
//   ini = INI()
//   ini.load(path)                        -> handle (0 on failure)
//   ini.is_open()                         -> Boolean
//   ini.get_string/get_int/get_double/get_bool(section, key, def)
//   ini.set(section, key, value), ini.unset(section, key) -> 1 / 0
//   ini.save(path)                        -> 1 / 0 (nil path: the file loaded)
//   ini.close()                           -> 1, safe to repeat

class INI()
  h = 0
  path = ""

  fun load(this, path)
    this.close()
    this.path = to_string(path)
    this.h = ini_load(this.path)
    return this.h

  fun is_open(this)
    return to_number(this.h) != 0

  fun close(this)
    if this.is_open()
      ini_free(this.h)
    this.h = 0
    return 1

  fun get_string(this, section, key, def)
    if !this.is_open()
      return to_string(def)
    return ini_get_string(this.h, to_string(section), to_string(key), to_string(def))

  fun get_int(this, section, key, def)
    if !this.is_open()
      return to_number(def)
    return ini_get_int(this.h, to_string(section), to_string(key), to_number(def))

  fun get_double(this, section, key, def)
    if !this.is_open()
      return to_number(def)
    return ini_get_double(this.h, to_string(section), to_string(key), to_number(def))

  fun get_bool(this, section, key, def)
    if !this.is_open()
      if def == nil
        return 0
      return to_number(def) != 0
    d = 0
    if def != nil
      d = to_number(def)
    return ini_get_bool(this.h, to_string(section), to_string(key), d)

  fun set(this, section, key, value)
    if !this.is_open()
      return 0
    return ini_set(this.h, to_string(section), to_string(key), value)

  fun unset(this, section, key)
    if !this.is_open()
      return 0
    return ini_unset(this.h, to_string(section), to_string(key))

  fun save(this, path)
    if path == nil
      path = this.path
    path = to_string(path)
    if path == ""
      return 0
    return ini_save(this.h, path)
