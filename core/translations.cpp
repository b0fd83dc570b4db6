// SPDX-License-Identifier: GPL-3.0-or-later
#include "translations.h"

#include <QCoreApplication>
#include <QTranslator>

#include <memory>

namespace Mentorbook {

void installTranslations()
{
    auto english = std::make_unique<QTranslator>();
    if (!english->load(QStringLiteral(":/i18n/mentorbook_en.qm")))
        return;
    QCoreApplication::installTranslator(english.get());
    english.release()->setParent(QCoreApplication::instance());
}

} // namespace Mentorbook
