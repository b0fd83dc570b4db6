# SPDX-License-Identifier: GPL-3.0-or-later
"""Reads an iCalendar file with python3-icalendar, as a calendar program would, and prints
what it found as JSON: the METHOD, and for every event its UID, STATUS, SEQUENCE, times,
texts, organizer, attendees and reminders. Exits 1 if the file cannot be read."""
import json
import sys

import icalendar


def text(component, name):
    value = component.get(name)
    return None if value is None else str(value)


def main(path):
    with open(path, "rb") as f:
        calendar = icalendar.Calendar.from_ical(f.read())
    events = []
    for event in calendar.walk("VEVENT"):
        attendees = event.get("ATTENDEE", [])
        if not isinstance(attendees, list):
            attendees = [attendees]
        organizer = event.get("ORGANIZER")
        events.append({
            "uid": text(event, "UID"),
            "status": text(event, "STATUS"),
            "sequence": int(event.get("SEQUENCE", 0)),
            "start": event.decoded("DTSTART").isoformat(),
            "end": event.decoded("DTEND").isoformat(),
            "summary": text(event, "SUMMARY"),
            "location": text(event, "LOCATION"),
            "description": text(event, "DESCRIPTION"),
            "organizer": None if organizer is None else str(organizer),
            "organizer_name": None if organizer is None else organizer.params.get("CN"),
            "attendees": [str(a) for a in attendees],
            "attendee_names": [a.params.get("CN") for a in attendees],
            "alarms": [str(a.get("TRIGGER").to_ical(), "ascii") for a in event.walk("VALARM")],
        })
    print(json.dumps({"method": text(calendar, "METHOD"), "events": events}))


if __name__ == "__main__":
    main(sys.argv[1])
