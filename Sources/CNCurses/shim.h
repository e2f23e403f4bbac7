#ifndef SECRETTY_CNCURSES_SHIM_H
#define SECRETTY_CNCURSES_SHIM_H
// SwiftPM drops pkg-config's -D flags, so wide-character ncurses is asked for here.
#define NCURSES_WIDECHAR 1
#define _XOPEN_SOURCE_EXTENDED 1
#include <locale.h>
#include <ncursesw/curses.h>
#endif
