// SPDX-License-Identifier: GPL-3.0-or-later
#include "dateinput.h"

#include <QRegularExpression>

#include <optional>

namespace Mentorbook {

namespace {

enum class Part { Day, Month, Year, Hour, Minute };

/** The numeric parts of a format in the order it writes them, and whether it has AM/PM. */
struct Layout
{
    QList<Part> parts;
    bool twelveHour = false;
};

Layout layoutOf(const QString &format)
{
    Layout layout;
    for (qsizetype i = 0; i < format.size();) {
        const QChar c = format.at(i);
        if (c == QLatin1Char('\'')) {
            const qsizetype end = format.indexOf(QLatin1Char('\''), i + 1);
            i = end < 0 ? format.size() : end + 1;
            continue;
        }
        qsizetype run = 1;
        while (i + run < format.size() && format.at(i + run) == c)
            ++run;
        switch (c.unicode()) {
        case 'd':
            if (run <= 2) // ddd and dddd name the weekday
                layout.parts << Part::Day;
            break;
        case 'M':
            layout.parts << Part::Month;
            break;
        case 'y':
            layout.parts << Part::Year;
            break;
        case 'h':
        case 'H':
            layout.parts << Part::Hour;
            break;
        case 'm':
            layout.parts << Part::Minute;
            break;
        case 'a':
        case 'A':
            layout.twelveHour = true;
            break;
        default:
            break;
        }
        i += run;
    }
    return layout;
}

/** A run of digits as typed. */
struct Number
{
    int value = 0;
    qsizetype digits = 0;
};

/** The largest number of digits each part takes. */
qsizetype widestOf(Part part)
{
    return part == Part::Year ? 4 : 2;
}

QString folded(const QString &text)
{
    QString letters;
    for (const QChar c : text) {
        if (c.isLetter())
            letters += c.toLower();
    }
    return letters;
}

/** Which half of the day letters name (a prefix of "AM" or "PM" will do), if any. */
std::optional<bool> meansAfternoon(const QString &letters, const QLocale &locale)
{
    const QString am[] = {folded(locale.amText()), QStringLiteral("am")};
    const QString pm[] = {folded(locale.pmText()), QStringLiteral("pm")};
    for (const QString &word : am) {
        if (!word.isEmpty() && word.startsWith(letters))
            return false;
    }
    for (const QString &word : pm) {
        if (!word.isEmpty() && word.startsWith(letters))
            return true;
    }
    return std::nullopt;
}

QString fourDigitYears(QString format)
{
    static const QRegularExpression years(QStringLiteral("y+"));
    return format.replace(years, QStringLiteral("yyyy"));
}

/** The month a word names, or whether it begins the name of one. */
struct MonthName
{
    int month = 0;
    bool partial = false;
};

MonthName monthNamed(const QString &word, const QLocale &locale)
{
    MonthName found;
    for (int month = 1; month <= 12; ++month) {
        for (const QLocale::FormatType type : {QLocale::LongFormat, QLocale::ShortFormat}) {
            for (const QString &name :
                 {locale.monthName(month, type), locale.standaloneMonthName(month, type)}) {
                const QString letters = folded(name);
                if (letters == word)
                    return {month, false};
                found.partial = found.partial || letters.startsWith(word);
            }
        }
    }
    return found;
}

DateInput::Reading read(const QString &text,
                        const QLocale &locale,
                        const QDate &today,
                        const QString &format,
                        const QString &example)
{
    DateInput::Reading reading;
    reading.problem = example;
    // Runs of digits, and words: letters, with the dots of "a.m." or "Feb." left out.
    struct Token
    {
        QString word;
        Number number;
    };
    QList<Token> tokens;
    enum { Between, InNumber, InWord } where = Between;
    for (const QChar c : text) {
        if (c.isDigit()) {
            if (where != InNumber)
                tokens.append(Token{});
            where = InNumber;
            tokens.last().number.value = tokens.last().number.value * 10 + c.digitValue();
            ++tokens.last().number.digits;
        } else if (c.isLetter()) {
            if (where != InWord)
                tokens.append(Token{});
            where = InWord;
            tokens.last().word += c.toLower();
        } else if (!(c == QLatin1Char('.') && where == InWord)) {
            where = Between;
        }
    }
    if (tokens.isEmpty()) {
        reading.state
            = text.trimmed().isEmpty() ? DateInput::State::Empty : DateInput::State::Incomplete;
        return reading;
    }

    Layout layout = layoutOf(format);
    // A year typed first (2027-02-26) is read the ISO way, whatever the locale's order.
    const Part first = layout.parts.value(0, Part::Hour);
    const Token &lead = tokens.constFirst();
    if ((first == Part::Day || first == Part::Month) && lead.word.isEmpty()
        && lead.number.digits > 2) {
        const Part iso[] = {Part::Year, Part::Month, Part::Day};
        int next = 0;
        for (Part &part : layout.parts) {
            if (part == Part::Day || part == Part::Month || part == Part::Year)
                part = iso[next++];
        }
    }

    QList<Number> numbers;
    std::optional<bool> afternoon;
    bool partialName = false;
    for (const Token &token : std::as_const(tokens)) {
        if (token.word.isEmpty()) {
            numbers << token.number;
            continue;
        }
        if (layout.parts.value(numbers.size()) == Part::Month) {
            const MonthName name = monthNamed(token.word, locale);
            if (name.month > 0 || name.partial) {
                partialName = partialName || name.month == 0;
                numbers << Number{name.month, 2};
                continue;
            }
        }
        if (layout.parts.contains(Part::Hour) && !afternoon) {
            afternoon = meansAfternoon(token.word, locale);
            if (afternoon)
                continue;
        }
        reading.state = DateInput::State::Invalid;
        return reading;
    }
    if (numbers.size() > layout.parts.size()) {
        reading.state = DateInput::State::Invalid;
        return reading;
    }
    for (qsizetype i = 0; i < numbers.size(); ++i) {
        if (numbers.at(i).digits > widestOf(layout.parts.at(i))) {
            reading.state = DateInput::State::Invalid;
            return reading;
        }
    }
    if (numbers.size() < layout.parts.size() || partialName) {
        reading.state = DateInput::State::Incomplete;
        return reading;
    }

    int day = 0, month = 0, year = 0, hour = 0, minute = 0;
    for (qsizetype i = 0; i < numbers.size(); ++i) {
        const Number number = numbers.at(i);
        switch (layout.parts.at(i)) {
        case Part::Day:
            day = number.value;
            break;
        case Part::Month:
            month = number.value;
            break;
        case Part::Year:
            if (number.digits == 1 || number.digits == 3) {
                reading.state = DateInput::State::Incomplete;
                return reading;
            }
            year = number.digits == 2 ? DateInput::fullYear(number.value, today) : number.value;
            break;
        case Part::Hour:
            hour = number.value;
            break;
        case Part::Minute:
            minute = number.value;
            break;
        }
    }

    reading.state = DateInput::State::Impossible;
    if (month < 1 || month > 12) {
        reading.problem = DateInput::tr("There is no month %1").arg(month);
        return reading;
    }
    if (!QDate::isValid(year, month, day)) {
        reading.problem = DateInput::tr("%1 %2 %3 is not a date")
                              .arg(day)
                              .arg(locale.monthName(month, QLocale::LongFormat))
                              .arg(year);
        return reading;
    }
    if (layout.parts.contains(Part::Hour)) {
        const bool hourFits = afternoon ? hour >= 1 && hour <= 12 : hour <= 23;
        if (!hourFits || minute > 59) {
            QString typed = QStringLiteral("%1:%2").arg(hour).arg(minute, 2, 10, QLatin1Char('0'));
            if (afternoon)
                typed += QLatin1Char(' ') + (*afternoon ? locale.pmText() : locale.amText());
            reading.problem = DateInput::tr("%1 is not a time").arg(typed);
            return reading;
        }
        if (afternoon)
            hour = hour % 12 + (*afternoon ? 12 : 0);
        reading.time = QTime(hour, minute);
    }
    reading.state = DateInput::State::Complete;
    reading.date = QDate(year, month, day);
    reading.problem.clear();
    return reading;
}

} // namespace

DateInput::Reading
DateInput::readDate(const QString &text, const QLocale &locale, const QDate &today)
{
    const QString format = dateFormat(locale);
    return read(text,
                locale,
                today,
                format,
                tr("Type a date such as %1").arg(locale.toString(today, format)));
}

DateInput::Reading
DateInput::readDateTime(const QString &text, const QLocale &locale, const QDate &today)
{
    const QString format = dateTimeFormat(locale);
    return read(text,
                locale,
                today,
                format,
                tr("Type a date and time such as %1")
                    .arg(locale.toString(QDateTime(today, QTime(17, 30)), format)));
}

int DateInput::fullYear(int shortYear, const QDate &today)
{
    const int earliest = today.year() - 50;
    const int year = earliest - earliest % 100 + shortYear;
    return year < earliest ? year + 100 : year;
}

QString DateInput::dateFormat(const QLocale &locale)
{
    return fourDigitYears(locale.dateFormat(QLocale::ShortFormat));
}

QString DateInput::dateTimeFormat(const QLocale &locale)
{
    static const QRegularExpression seconds(QStringLiteral("[:.]ss"));
    return fourDigitYears(locale.dateTimeFormat(QLocale::ShortFormat).remove(seconds));
}

} // namespace Mentorbook
