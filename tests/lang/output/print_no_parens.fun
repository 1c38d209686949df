// language.md 3.1: print/echo take an expression without parentheses too
print "bare"      // expect: bare
print 1 + 2       // expect: 3
echo "e"
echo 5
print ""          // expect: e5
