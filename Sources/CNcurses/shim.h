#ifndef ORGTUI_CNCURSES_SHIM_H
#define ORGTUI_CNCURSES_SHIM_H
#define _XOPEN_SOURCE_EXTENDED 1
#define NCURSES_WIDECHAR 1
#include <locale.h>
#include <ncursesw/curses.h>
#include <ncursesw/term.h>

/// Whether terminfo has been read already (`setupterm`), so that a check need not read it again.
static inline int orgtui_terminfo_loaded(void) { return cur_term != NULL; }
#endif
