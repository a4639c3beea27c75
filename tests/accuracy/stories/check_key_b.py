#!/usr/bin/env python3
"""Check KEY-b.yaml against the story drafts it describes (check_key.py says what is checked)."""
from check_key import check

STORIES = ("mine-rescue", "city-budget", "museum-theft", "state-senate")
# weekday facts used in the dated drafts (event date, weekday named in the text)
FACTS = [
    ("2024-03-12", "Tuesday", "mine collapse"),
    ("2024-03-13", "Wednesday", "Wrona dies; vigil"),
    ("2024-03-16", "Saturday", "last three miners out (m4 'on Saturday', draft 2024-03-19)"),
    ("2024-03-11", "Monday", "odd weekday in m1 resolves to this date"),
    ("2023-11-04", "Saturday", "museum break-in night"),
    ("2023-11-05", "Sunday", "theft discovered"),
    ("2023-11-08", "Wednesday", "three men arrested (t3, draft 2023-11-09)"),
    ("2023-11-14", "Tuesday", "woman arrested ('Tuesday last week', t4 draft 2023-11-20)"),
    ("2023-11-03", "Friday", "odd weekday in t3 resolves to this date"),
]

if __name__ == "__main__":
    check("KEY-b.yaml", STORIES, FACTS)
