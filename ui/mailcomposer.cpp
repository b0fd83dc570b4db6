// SPDX-License-Identifier: GPL-3.0-or-later
#include "mailcomposer.h"

#include "desktoplauncher.h"

#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QUrl>

namespace Mentorbook {

namespace {
/** Everything but letters, digits and "-._~" as %XX of its UTF-8, and what `keep` lists. */
QString encoded(const QString &value, const QByteArray &keep = {})
{
    return QString::fromLatin1(QUrl::toPercentEncoding(value, keep));
}

/** "file:///home/ana/2026-03-16%20Recap%20-%20Zo%C3%AB%20O%27Brien%2C%20Jr..pdf". */
QString fileUrl(const QString &path)
{
    const QString absolute = QDir::fromNativeSeparators(QFileInfo(path).absoluteFilePath());
    const QString slash = absolute.startsWith(QLatin1Char('/')) ? QString() : QStringLiteral("/");
    return QStringLiteral("file://") + slash + encoded(absolute, "/");
}

/** The text cut to at most `limit` UTF-16 units, never inside a surrogate pair. */
QString cut(const QString &text, qsizetype limit)
{
    if (text.size() <= limit)
        return text;
    QString kept = text.left(limit);
    if (!kept.isEmpty() && kept.back().isHighSurrogate())
        kept.chop(1);
    return kept;
}

/** How long xdg-mime may take to answer before Mentorbook goes on without it. */
constexpr int xdgMimeTimeoutMs = 3000;
} // namespace

MailComposer::MailComposer(DesktopLauncher &launcher)
    : m_launcher(launcher)
{}

MailMessage MailComposer::bounded(const MailMessage &message)
{
    MailMessage result = message;
    result.to = cut(message.to.trimmed(), maxFieldLength);
    result.subject = cut(message.subject.simplified(), maxFieldLength);
    if (message.body.size() > maxBodyLength) {
        const QString ellipsis = QStringLiteral("\n…");
        QString body = cut(message.body, maxBodyLength - ellipsis.size());
        // End at a line break when there is one in the second half, not inside a word.
        const qsizetype lineEnd = body.lastIndexOf(QLatin1Char('\n'));
        if (lineEnd > body.size() / 2)
            body.truncate(lineEnd);
        result.body = body + ellipsis;
    }
    return result;
}

MailComposer::Client MailComposer::clientForDesktopEntry(const QString &desktopEntry)
{
    const QString entry = desktopEntry.trimmed().toLower();
    if (entry.isEmpty())
        return Client::None;
    if (entry.contains(QLatin1String("thunderbird")))
        return Client::Thunderbird;
    if (entry.contains(QLatin1String("evolution")))
        return Client::Evolution;
    if (entry.contains(QLatin1String("kmail")))
        return Client::KMail;
    return Client::XdgEmail;
}

MailComposer::Client MailComposer::defaultClient()
{
    const QString xdgMime = QStandardPaths::findExecutable(QStringLiteral("xdg-mime"));
    if (xdgMime.isEmpty())
        return Client::None;
    QProcess query;
    query.start(xdgMime,
                {QStringLiteral("query"),
                 QStringLiteral("default"),
                 QStringLiteral("x-scheme-handler/mailto")});
    if (!query.waitForFinished(xdgMimeTimeoutMs)) {
        query.kill();
        query.waitForFinished(xdgMimeTimeoutMs);
        return Client::None;
    }
    if (query.exitStatus() != QProcess::NormalExit || query.exitCode() != 0)
        return Client::None;
    const QString answer = QString::fromLocal8Bit(query.readAllStandardOutput());
    return clientForDesktopEntry(answer.section(QLatin1Char('\n'), 0, 0));
}

QString MailComposer::executableOf(Client client)
{
    switch (client) {
    case Client::Thunderbird:
        return QStringLiteral("thunderbird");
    case Client::Evolution:
        return QStringLiteral("evolution");
    case Client::KMail:
        return QStringLiteral("kmail");
    case Client::XdgEmail:
        return QStringLiteral("xdg-email");
    case Client::None:
        break;
    }
    return {};
}

QString MailComposer::nameOf(Client client)
{
    switch (client) {
    case Client::Thunderbird:
        return QStringLiteral("Thunderbird");
    case Client::Evolution:
        return QStringLiteral("Evolution");
    case Client::KMail:
        return QStringLiteral("KMail");
    case Client::XdgEmail:
        return QStringLiteral("xdg-email");
    case Client::None:
        break;
    }
    return {};
}

QString MailComposer::thunderbirdArgument(const MailMessage &original)
{
    const MailMessage message = bounded(original);
    // Thunderbird's GetArgs() (MsgComposeCommands.js) splits "name=value" pairs at commas
    // outside quotes; a value in single quotes is taken as it is, any other value goes through
    // decodeURIComponent. Percent-encoded values hold no comma, quote or line break, so
    // nothing a mentor types can end a value early, whatever its apostrophes and commas.
    QStringList pairs;
    if (!message.to.isEmpty())
        pairs << QStringLiteral("to=") + encoded(message.to);
    if (!message.subject.isEmpty())
        pairs << QStringLiteral("subject=") + encoded(message.subject);
    if (!message.body.isEmpty())
        pairs << QStringLiteral("body=") + encoded(message.body);
    // The body is plain text: in an HTML composer Thunderbird would read "<" and "&" as markup.
    pairs << QStringLiteral("format=text");
    if (!message.attachments.isEmpty()) {
        // The attachment list is split at commas after decoding, so it stays quoted (taken as
        // it is); the URLs hold no comma or quote of their own: those are %2C and %27.
        QStringList urls;
        for (const QString &path : message.attachments)
            urls << fileUrl(path);
        pairs << QStringLiteral("attachment='") + urls.join(QLatin1Char(',')) + QLatin1Char('\'');
    }
    return pairs.join(QLatin1Char(','));
}

QUrl MailComposer::mailtoUrl(const MailMessage &original, bool withAttachments)
{
    const MailMessage message = bounded(original);
    auto url = [&](const QStringList &lines) {
        QString text = QStringLiteral("mailto:") + encoded(message.to, "@");
        QStringList query;
        if (!message.subject.isEmpty())
            query << QStringLiteral("subject=") + encoded(message.subject);
        if (!lines.isEmpty())
            query << QStringLiteral("body=") + encoded(lines.join(QStringLiteral("\r\n")));
        if (withAttachments) {
            for (const QString &path : message.attachments)
                query << QStringLiteral("attach=") + encoded(fileUrl(path));
        }
        if (!query.isEmpty())
            text += QLatin1Char('?') + query.join(QLatin1Char('&'));
        return text;
    };
    // Each character takes at least a byte: what lies beyond the limit can never fit.
    const QString body = cut(message.body, maxMailtoLength);
    QStringList lines = body.isEmpty() ? QStringList() : body.split(QLatin1Char('\n'));
    QString text = url(lines);
    // Too long for the programs that take mailto: URLs: the body loses lines from its end.
    while (text.size() > maxMailtoLength && !lines.isEmpty()) {
        lines.removeLast();
        text = url(lines + QStringList{QStringLiteral("…")});
    }
    return QUrl::fromEncoded(text.toLatin1());
}

QStringList MailComposer::argumentsFor(Client client, const MailMessage &original)
{
    const MailMessage message = bounded(original);
    QStringList arguments;
    switch (client) {
    case Client::Thunderbird:
        arguments << QStringLiteral("-compose") << thunderbirdArgument(message);
        break;
    case Client::Evolution:
        arguments << mailtoUrl(message, true).toString(QUrl::FullyEncoded);
        break;
    case Client::KMail:
    case Client::XdgEmail:
        // Both take one argument per field, so nothing needs quoting.
        arguments << (client == Client::KMail ? QStringLiteral("--composer")
                                              : QStringLiteral("--utf8"));
        if (!message.subject.isEmpty())
            arguments << QStringLiteral("--subject") << message.subject;
        if (!message.body.isEmpty())
            arguments << QStringLiteral("--body") << message.body;
        for (const QString &path : message.attachments)
            arguments << QStringLiteral("--attach") << QFileInfo(path).absoluteFilePath();
        if (!message.to.isEmpty())
            arguments << message.to;
        break;
    case Client::None:
        break;
    }
    return arguments;
}

MailComposer::Outcome MailComposer::compose(const MailMessage &original)
{
    const MailMessage message = bounded(original);
    Outcome outcome;
    QStringList problems;
    auto start = [&](Client client) {
        const QString program = QStandardPaths::findExecutable(executableOf(client));
        if (program.isEmpty()) {
            if (client != Client::XdgEmail) {
                problems << tr("%1 is set up for email, but its program %2 was not found.")
                                .arg(nameOf(client), executableOf(client));
            }
            return false;
        }
        if (!QProcess::startDetached(program, argumentsFor(client, message))) {
            problems << tr("%1 did not start.").arg(nameOf(client));
            return false;
        }
        outcome.started = true;
        outcome.attached = !message.attachments.isEmpty();
        outcome.client = client;
        outcome.program = nameOf(client);
        return true;
    };

    const Client client = defaultClient();
    const bool started = (client != Client::None && client != Client::XdgEmail && start(client))
                         || (client != Client::None && start(Client::XdgEmail));
    if (!started) {
        // What every desktop can do: a mailto: URL, without the files, and their folder beside.
        outcome.viaMailto = true;
        outcome.started = m_launcher.open(mailtoUrl(message));
        if (!message.attachments.isEmpty()) {
            outcome.folderShown = m_launcher.open(
                QUrl::fromLocalFile(QFileInfo(message.attachments.constFirst()).absolutePath()));
        }
    }
    outcome.problem = problems.join(QLatin1Char(' '));
    return outcome;
}

} // namespace Mentorbook
