# Guided sessions and pain logs arrive with the guided-session issue.
