// SPDX-License-Identifier: MIT
// Build probe: compiles and links only when libedit's readline API is usable.
#include <stdio.h>
#include <editline/readline.h>

int main(void)
{
    char *line = readline("");
    add_history("x");
    return line != NULL;
}
