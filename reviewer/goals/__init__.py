"""Goal cascading: a cycle's company and department goals as a tree, the targets that
serve each goal, and each goal's roll-up of its targets' attainment."""
