"""The Textual dashboard: applications, their timelines, follow-ups and the review queue."""
