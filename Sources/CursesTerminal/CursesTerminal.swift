/// The CursesTerminal module; its contents arrive with their issue.
enum CursesTerminalModule {}
