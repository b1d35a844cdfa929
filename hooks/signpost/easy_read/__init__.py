"""Easy read: the rules for easy read text and young people's sign-off."""
