"""Pure logic with no Qt: routine files, the plan, the session machine, clocks and safety rules."""
