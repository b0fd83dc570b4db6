// SPDX-License-Identifier: GPL-3.0-or-later
#include "translations.h"

#include "preferences.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

#include <memory>

namespace Mentorbook {

namespace {
bool install(const QLocale &locale, const QString &name, const QStringList &folders)
{
    for (const QString &folder : folders) {
        auto translator = std::make_unique<QTranslator>();
        if (translator->load(locale, name, QStringLiteral("_"), folder)) {
            QCoreApplication::installTranslator(translator.get());
            translator.release()->setParent(QCoreApplication::instance());
            return true;
        }
    }
    return false;
}
} // namespace

QLocale installTranslations()
{
    // A language chosen in Preferences wins over the system's; dates and numbers follow it,
    // in the system's country.
    const QString chosen = Preferences::language();
    if (!chosen.isEmpty())
        QLocale::setDefault(QLocale(QLocale(chosen).language(), QLocale::system().territory()));
    const QLocale locale;

    // Translations installed beside the program may be newer than the built-in ones.
    const QString installed = QDir(QCoreApplication::applicationDirPath())
                                  .filePath(QStringLiteral("../share/mentorbook/translations"));
    const QString builtIn = QStringLiteral(":/i18n");
    if (!install(locale, QStringLiteral("mentorbook"), {installed, builtIn}))
        install(QLocale(QLocale::English), QStringLiteral("mentorbook"), {builtIn});
    // Qt's own, so that standard dialogs and buttons speak the same language.
    install(locale, QStringLiteral("qtbase"), {QLibraryInfo::path(QLibraryInfo::TranslationsPath)});
    return locale;
}

} // namespace Mentorbook
