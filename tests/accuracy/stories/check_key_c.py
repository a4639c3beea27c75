#!/usr/bin/env python3
"""Check KEY-c.yaml against the story drafts it describes (check_key.py says what is checked)."""
from check_key import check

STORIES = ("chemical-fire", "tuition-vote", "cricket-transfer")
# weekday facts used in the dated drafts (event date, weekday named in the text)
FACTS = [
    ("2025-09-16", "Tuesday", "Carrowmoor fire; f1/f2 draft date"),
    ("2025-09-15", "Monday", "odd weekday in f3 resolves to this date"),
    ("2025-09-17", "Wednesday", "Morrow dies; death toll rises to three (f3)"),
    ("2025-09-18", "Thursday", "f3 draft date ('on Thursday')"),
    ("2025-09-22", "Monday", "f4 draft date; 'last Tuesday' = 2025-09-16"),
    ("2026-03-12", "Thursday", "regents' vote"),
    ("2026-04-07", "Tuesday", "Senate committee hearing"),
    ("2026-04-14", "Tuesday", "odd hearing date in u4 (weekday still correct)"),
    ("2025-09-08", "Monday", "Brackenridge announces the signing"),
    ("2025-09-09", "Tuesday", "odd announcement date in k2 (weekday still correct)"),
]

if __name__ == "__main__":
    check("KEY-c.yaml", STORIES, FACTS)
