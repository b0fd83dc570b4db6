// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QStringList>

class QUrl;

namespace Mentorbook {

class DesktopLauncher;

/** An email to open in the mentor's email program, ready to send. */
struct MailMessage
{
    QString to; ///< one address, or empty
    QString subject;
    QString body;            ///< plain text, lines separated by '\n'
    QStringList attachments; ///< absolute paths of the files to attach
};

/**
 * Opens a new email with files attached in the program the desktop uses for mail, as that
 * program's own command line asks: Thunderbird (-compose), Evolution (a mailto: URL with
 * attach=), KMail (--composer --attach), or xdg-email for any other. Without one of them, or
 * when it does not start, the email goes to the desktop as a mailto: URL, which cannot carry
 * files, and the attachments' folder opens beside it. Every argument stays far below the
 * 128 KiB that Linux allows one argument (a longer body is cut). compose() says what became of
 * the email; the caller reports it, naming the file.
 */
class MailComposer
{
    Q_DECLARE_TR_FUNCTIONS(Mentorbook::MailComposer)

public:
    enum class Client { Thunderbird, Evolution, KMail, XdgEmail, None };

    /** What compose() did. */
    struct Outcome
    {
        /** A program took the email: the client, xdg-email, or the desktop's mailto: handler. */
        bool started = false;
        /** That program was asked to attach the files (xdg-email may not manage to). */
        bool attached = false;
        /** The email went as a mailto: URL: the mentor attaches the files. */
        bool viaMailto = false;
        /** In the mailto: case, the attachments' folder opened in the file manager. */
        bool folderShown = false;
        Client client = Client::None;
        /** The program that took it, for messages: "Thunderbird", "xdg-email"; empty for mailto. */
        QString program;
        /** What went wrong on the way ("Thunderbird did not start."), or empty. */
        QString problem;
    };

    /** The longest body passed on; a longer one is cut at a line break. */
    static constexpr qsizetype maxBodyLength = 8000;
    /** The longest subject and address passed on. */
    static constexpr qsizetype maxFieldLength = 1000;
    /** The longest mailto: URL handed over; the body is shortened to fit. */
    static constexpr qsizetype maxMailtoLength = 32000;

    /** The launcher opens the mailto: URL and the folder when no email program can be started. */
    explicit MailComposer(DesktopLauncher &launcher);

    /** Opens the message in the desktop's email program; never blocks for long. */
    Outcome compose(const MailMessage &message);

    /** Which program handles mailto: links (`xdg-mime query default x-scheme-handler/mailto`). */
    static Client defaultClient();
    /** The client a desktop entry starts: "org.mozilla.Thunderbird.desktop" is Thunderbird. */
    static Client clientForDesktopEntry(const QString &desktopEntry);
    /** The executable looked for on PATH: "thunderbird", "evolution", "kmail", "xdg-email". */
    static QString executableOf(Client client);
    /** The client's name in messages. */
    static QString nameOf(Client client);
    /** The arguments that open the bounded() message in that client (none for Client::None). */
    static QStringList argumentsFor(Client client, const MailMessage &message);
    /**
     * Thunderbird's -compose argument: "to=…,subject=…,body=…,format=text,attachment='file:…'".
     * Values are percent-encoded (Thunderbird decodes an unquoted value with
     * decodeURIComponent) so that no comma, quote or line break reaches its parser; the
     * attachments are file: URLs in single quotes, as Thunderbird splits that list at commas.
     */
    static QString thunderbirdArgument(const MailMessage &message);
    /**
     * The bounded() message as a mailto: URL (RFC 6068: lines end in %0D%0A), attach= for each file
     * when withAttachments (Evolution reads it), and no longer than maxMailtoLength.
     */
    static QUrl mailtoUrl(const MailMessage &message, bool withAttachments = false);
    /** The message as it is passed on: body, subject and address cut to their limits. */
    static MailMessage bounded(const MailMessage &message);

private:
    DesktopLauncher &m_launcher;
};

} // namespace Mentorbook
