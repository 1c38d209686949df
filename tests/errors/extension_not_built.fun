// D31: optional extensions are not part of the core; calling one is a clear catchable error
try
  pcsc_establish()
catch e
  print(e)   // expect: Runtime error: pcsc_establish: optional extension not built into this interpreter
try
  kcgi_parse()
catch e
  print(e)   // expect: Runtime error: kcgi_parse: optional extension not built into this interpreter
