// SPDX-License-Identifier: GPL-3.0-or-later
// Runs the fuzz target of the JSON importer without libFuzzer, so that the regular suite
// (GCC, `make test`) exercises it too: the sample exported as JSON, the files named on the
// command line, then a fixed-seed set of mutations of them, bounded in count and time.
//
// Usage: tst_fuzzjsonimport [--mutations N] [--seconds S] [FILE.json…]
#include "interchange/jsonexporter.h"
#include "sample/samplerelationship.h"
#include "storage/database.h"
#include "storage/repositories.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <cstdint>
#include <cstdio>

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv);
extern "C" int mentorbookFuzzImport(const uint8_t *data, size_t size);

namespace {
using namespace Mentorbook;

/** The sample relationship as the JSON export writes it, on a fixed day. */
QByteArray sampleJson()
{
    QTemporaryDir folder;
    Database database;
    database.open(folder.filePath(QStringLiteral("sample.sqlite")));
    Repositories repositories(database);
    SampleRelationship::add(repositories, QDate(2026, 3, 16));
    return JsonExporter::toJson(repositories);
}

bool import(const QByteArray &json)
{
    return mentorbookFuzzImport(reinterpret_cast<const uint8_t *>(json.constData()),
                                size_t(json.size()))
           != 0;
}

/** One change of the kinds that keep JSON well-formed often enough to reach the checks. */
QByteArray mutated(QByteArray json, QRandomGenerator &random)
{
    if (json.isEmpty())
        return json;
    const auto at = [&] {
        return qsizetype(random.bounded(int(json.size())));
    };
    switch (random.bounded(8)) {
    case 0: // a flipped bit
        json[at()] = char(json[at()] ^ char(1 << random.bounded(8)));
        break;
    case 1: // cut short
        json.truncate(at());
        break;
    case 2: { // a digit changed, which keeps the document well-formed
        const qsizetype start = at();
        for (qsizetype i = start; i < json.size(); ++i) {
            if (json.at(i) >= '0' && json.at(i) <= '9') {
                json[i] = char('0' + random.bounded(10));
                break;
            }
        }
        break;
    }
    case 3: { // a letter changed, inside a key or a value
        const qsizetype start = at();
        for (qsizetype i = start; i < json.size(); ++i) {
            if (json.at(i) >= 'a' && json.at(i) <= 'z') {
                json[i] = char('a' + random.bounded(26));
                break;
            }
        }
        break;
    }
    case 4: { // a stretch taken out
        const qsizetype start = at();
        json.remove(start, random.bounded(64) + 1);
        break;
    }
    case 5: { // a stretch repeated
        const qsizetype start = at();
        const QByteArray part = json.mid(start, random.bounded(64) + 1);
        json.insert(at(), part);
        break;
    }
    case 6: // a byte of anything put in
        json.insert(at(), char(random.bounded(256)));
        break;
    default: { // a value swapped for another kind
        static const QList<QByteArray> values{"null", "true", "-1", "1e308", "\"\"", "[]", "{}"};
        const qsizetype colon = json.indexOf(": ", at());
        if (colon >= 0) {
            qsizetype end = colon + 2;
            while (end < json.size() && json.at(end) != ',' && json.at(end) != '\n')
                ++end;
            json.replace(colon + 2, end - colon - 2, values.at(random.bounded(int(values.size()))));
        }
        break;
    }
    }
    return json;
}
} // namespace

int main(int argc, char **argv)
{
    LLVMFuzzerInitialize(&argc, &argv);
    QStringList arguments = QCoreApplication::arguments().mid(1);
    int mutations = 2000;
    int seconds = 20;
    QList<QByteArray> seeds{sampleJson()};
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        if (arguments.at(i) == QLatin1String("--mutations") && i + 1 < arguments.size()) {
            mutations = arguments.at(++i).toInt();
        } else if (arguments.at(i) == QLatin1String("--seconds") && i + 1 < arguments.size()) {
            seconds = arguments.at(++i).toInt();
        } else {
            QFile file(arguments.at(i));
            if (!file.open(QIODevice::ReadOnly)) {
                std::fprintf(stderr, "cannot read %s\n", qPrintable(arguments.at(i)));
                return 2;
            }
            seeds << file.readAll();
        }
    }

    // The seeds are valid documents: each must be accepted, or the mutations test little.
    for (const QByteArray &seed : seeds) {
        if (!import(seed)) {
            std::fprintf(stderr, "a seed document was refused\n");
            return 1;
        }
    }

    QRandomGenerator random(14);
    QElapsedTimer clock;
    clock.start();
    int tried = 0;
    int accepted = 0;
    while (tried < mutations && clock.elapsed() < seconds * 1000) {
        QByteArray json = seeds.at(random.bounded(int(seeds.size())));
        const int changes = 1 + random.bounded(3);
        for (int change = 0; change < changes; ++change)
            json = mutated(json, random);
        accepted += import(json) ? 1 : 0;
        ++tried;
    }
    std::printf("%d seeds accepted; %d mutations tried in %lld ms, %d accepted, %d refused "
                "without a change\n",
                int(seeds.size()),
                tried,
                static_cast<long long>(clock.elapsed()),
                accepted,
                tried - accepted);
    return 0;
}
