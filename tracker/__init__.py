"""nextround: a terminal job-search tracker that reads your mail."""
