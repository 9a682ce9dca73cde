"""Goal cascading in the window: the goal tree with its roll-up, and its dialogs."""
