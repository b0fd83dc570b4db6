// SPDX-License-Identifier: GPL-3.0-or-later
/*
 * Validates iCalendar files with libical, as calendar programs built on it (Evolution, KOrganizer
 * through KCalendarCore's checks, many servers) read them: each file is parsed, and for a file
 * with a METHOD the iTIP restrictions of RFC 5546 are checked. Every problem libical notes
 * (X-LIC-ERROR) is printed as "file: problem"; the exit status is 1 if there was any.
 */
#include <libical/ical.h>

#include <cstdio>
#include <cstdlib>

static char *readAll(const char *path)
{
    FILE *file = fopen(path, "rb");
    if (!file)
        return nullptr;
    size_t size = 0, capacity = 65536;
    char *text = static_cast<char *>(std::malloc(capacity + 1));
    size_t got;
    while ((got = fread(text + size, 1, capacity - size, file)) > 0) {
        size += got;
        if (size == capacity) {
            capacity *= 2;
            text = static_cast<char *>(std::realloc(text, capacity + 1));
        }
    }
    fclose(file);
    text[size] = '\0';
    return text;
}

static int report(const char *path, icalcomponent *component)
{
    int problems = 0;
    for (icalproperty *p = icalcomponent_get_first_property(component, ICAL_XLICERROR_PROPERTY); p;
         p = icalcomponent_get_next_property(component, ICAL_XLICERROR_PROPERTY)) {
        printf("%s: %s: %s\n",
               path,
               icalcomponent_kind_to_string(icalcomponent_isa(component)),
               icalproperty_get_xlicerror(p));
        ++problems;
    }
    for (icalcomponent *c = icalcomponent_get_first_component(component, ICAL_ANY_COMPONENT); c;
         c = icalcomponent_get_next_component(component, ICAL_ANY_COMPONENT))
        problems += report(path, c);
    return problems;
}

int main(int argc, char **argv)
{
    int problems = 0;
    for (int i = 1; i < argc; ++i) {
        char *text = readAll(argv[i]);
        if (!text) {
            printf("%s: cannot read the file\n", argv[i]);
            ++problems;
            continue;
        }
        icalcomponent *calendar = icalparser_parse_string(text);
        std::free(text);
        if (!calendar || icalcomponent_isa(calendar) != ICAL_VCALENDAR_COMPONENT) {
            printf("%s: not an iCalendar object\n", argv[i]);
            ++problems;
            if (calendar)
                icalcomponent_free(calendar);
            continue;
        }
        if (icalcomponent_get_first_component(calendar, ICAL_ANY_COMPONENT) == nullptr) {
            printf("%s: a calendar needs at least one component (RFC 5545 3.6)\n", argv[i]);
            ++problems;
        }
        if (icalcomponent_get_first_property(calendar, ICAL_METHOD_PROPERTY))
            icalrestriction_check(calendar);
        problems += report(argv[i], calendar);
        icalcomponent_free(calendar);
    }
    return problems == 0 ? 0 : 1;
}
