// a UTF-8 BOM and a shebang at the top of an included file are dropped
// (the fixture lives in fixtures/ because its first line cannot be `// fixture`)
#include "fixtures/bom_shebang.fun"
print(bom_ok())   // expect: bom ok
