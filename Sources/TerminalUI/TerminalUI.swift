/// The TerminalUI module; its contents arrive with their issue.
enum TerminalUIModule {}
