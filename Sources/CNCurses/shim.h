#ifndef SECRETTY_CNCURSES_SHIM_H
#define SECRETTY_CNCURSES_SHIM_H
// SwiftPM drops pkg-config's -D flags, so wide-character ncurses is asked for here.
#define NCURSES_WIDECHAR 1
#define _XOPEN_SOURCE_EXTENDED 1
#include <locale.h>
#include <stdio.h>
#include <ncursesw/curses.h>

// newterm needs the C globals stdout and stdin, which Swift 6 rejects; NULL type means $TERM.
static inline SCREEN *secretty_newterm(void) { return newterm(NULL, stdout, stdin); }

// stdscr is a C global that Swift 6 rejects.
static inline WINDOW *secretty_stdscr(void) { return stdscr; }

// COLORS is a C global that Swift 6 rejects.
static inline int secretty_colors(void) { return COLORS; }

// COLOR_PAIRS is a C global that Swift 6 rejects.
static inline int secretty_color_pairs(void) { return COLOR_PAIRS; }

// getmaxy is also a macro that reads the WINDOW struct; this keeps to the function form.
static inline int secretty_rows(void) { return getmaxy(stdscr); }

// getmaxx is also a macro that reads the WINDOW struct; this keeps to the function form.
static inline int secretty_columns(void) { return getmaxx(stdscr); }

// KEY_F(n) is a function-like macro, which Swift does not import.
static inline int secretty_key_f(int n) { return KEY_F(n); }

// The A_* attributes are NCURSES_BITS macro expressions, which Swift does not import.
static inline attr_t secretty_a_bold(void) { return A_BOLD; }
// See secretty_a_bold.
static inline attr_t secretty_a_dim(void) { return A_DIM; }
// See secretty_a_bold.
static inline attr_t secretty_a_italic(void) { return A_ITALIC; }
// See secretty_a_bold.
static inline attr_t secretty_a_underline(void) { return A_UNDERLINE; }
// See secretty_a_bold.
static inline attr_t secretty_a_reverse(void) { return A_REVERSE; }
// See secretty_a_bold.
static inline attr_t secretty_a_blink(void) { return A_BLINK; }

// tigetstr answers (char *)-1 for "not a string capability", which Swift cannot compare to; this folds it into NULL.
static inline const char *secretty_tigetstr(const char *name) {
    char *value = tigetstr(name);
    return (value == (char *)-1) ? NULL : value;
}
#endif
