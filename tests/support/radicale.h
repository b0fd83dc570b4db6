// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFile>
#include <QHostAddress>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QUrl>

namespace Mentorbook::TestSupport {

/** A Radicale server of its own: htpasswd (plain) with one user, storage in a folder. */
class Radicale
{
public:
    inline static const QString User = QStringLiteral("alex");
    inline static const QString Password = QStringLiteral("correct horse");

    explicit Radicale(const QString &folder)
        : m_folder(folder)
    {}
    /** Serves HTTPS with a self-signed certificate, made with openssl, that nobody trusts. */
    bool useSelfSignedCertificate()
    {
        const int status = QProcess::execute(QStringLiteral("openssl"),
                                             {QStringLiteral("req"),
                                              QStringLiteral("-x509"),
                                              QStringLiteral("-newkey"),
                                              QStringLiteral("rsa:2048"),
                                              QStringLiteral("-nodes"),
                                              QStringLiteral("-days"),
                                              QStringLiteral("2"),
                                              QStringLiteral("-subj"),
                                              QStringLiteral("/CN=127.0.0.1"),
                                              QStringLiteral("-keyout"),
                                              m_folder + QStringLiteral("/key.pem"),
                                              QStringLiteral("-out"),
                                              m_folder + QStringLiteral("/cert.pem")});
        m_tls = status == 0;
        return m_tls;
    }
    ~Radicale() { stop(); }

    /** Starts on the port (a free one the first time); false, with the log, if it did not. */
    bool start()
    {
        if (m_port == 0) {
            QTcpServer probe;
            if (!probe.listen(QHostAddress::LocalHost, 0))
                return false;
            m_port = probe.serverPort();
        }
        QFile users(m_folder + QStringLiteral("/users"));
        if (!users.open(QIODevice::WriteOnly))
            return false;
        users.write((User + QLatin1Char(':') + Password + QLatin1Char('\n')).toUtf8());
        users.close();
        QFile config(m_folder + QStringLiteral("/config"));
        if (!config.open(QIODevice::WriteOnly))
            return false;
        const QString tls = m_tls ? QStringLiteral("ssl = True\ncertificate = %1/cert.pem\n"
                                                   "key = %1/key.pem\n")
                                        .arg(m_folder)
                                  : QString();
        config.write((QStringLiteral("[server]\nhosts = 127.0.0.1:%1\n").arg(m_port) + tls
                      + QStringLiteral("[auth]\ntype = htpasswd\nhtpasswd_filename = %1/users\n"
                                       "htpasswd_encryption = plain\ndelay = 0\n"
                                       "[rights]\ntype = owner_only\n"
                                       "[storage]\nfilesystem_folder = %1/collections\n"
                                       "[web]\ntype = none\n"
                                       "[logging]\nlevel = warning\n")
                            .arg(m_folder))
                         .toUtf8());
        config.close();
        m_process.setProcessChannelMode(QProcess::MergedChannels);
        // Only this configuration, not the system's (/etc/radicale/config).
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.remove(QStringLiteral("RADICALE_CONFIG"));
        m_process.setProcessEnvironment(environment);
        m_process.start(QStringLiteral(SYSTEM_PYTHON),
                        {QStringLiteral("-m"),
                         QStringLiteral("radicale"),
                         QStringLiteral("--config"),
                         m_folder + QStringLiteral("/config")});
        if (!m_process.waitForStarted(10000))
            return false;
        for (int attempt = 0; attempt < 200; ++attempt) {
            QTcpSocket socket;
            socket.connectToHost(QHostAddress::LocalHost, m_port);
            if (socket.waitForConnected(100))
                return true;
            if (m_process.state() != QProcess::Running)
                break;
            QTest::qWait(50);
        }
        qWarning("radicale did not start: %s", m_process.readAll().constData());
        return false;
    }

    /** Kills the server at once, as a crash or a lost connection would. */
    void stop()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.kill();
            m_process.waitForFinished(10000);
        }
    }

    QUrl url(const QString &path) const
    {
        return QUrl(QStringLiteral("%1://127.0.0.1:%2%3")
                        .arg(m_tls ? QStringLiteral("https") : QStringLiteral("http"))
                        .arg(m_port)
                        .arg(path));
    }

private:
    QString m_folder;
    QProcess m_process;
    quint16 m_port = 0;
    bool m_tls = false;
};

struct Answer
{
    int status = 0;
    QByteArray body;
    QByteArray etag;
};

/** One request, waited for (in the test only). */
inline Answer send(QNetworkAccessManager &network,
                   const QByteArray &verb,
                   const QUrl &url,
                   const QByteArray &body = {},
                   const QList<std::pair<QByteArray, QByteArray>> &headers = {})
{
    QNetworkRequest request(url);
    request.setRawHeader(
        "Authorization",
        "Basic " + (Radicale::User + QLatin1Char(':') + Radicale::Password).toUtf8().toBase64());
    for (const auto &[name, value] : headers)
        request.setRawHeader(name, value);
    QNetworkReply *reply = network.sendCustomRequest(request, verb, body);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!reply->isFinished())
        finished.wait(15000);
    Answer answer;
    answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    answer.body = reply->readAll();
    answer.etag = reply->rawHeader("ETag");
    reply->deleteLater();
    return answer;
}

} // namespace Mentorbook::TestSupport
