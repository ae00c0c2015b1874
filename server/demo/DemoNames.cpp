#include "DemoNames.h"

#include <QStringList>

namespace {

struct Name
{
    const char16_t *written;
    const char *roman;
};

// Given and family names are drawn separately, from the same culture.
struct Culture
{
    QList<Name> given;
    QList<Name> family;
    bool familyFirst; ///< written family name first (Japanese, Chinese, Korean)
    bool noSpace;     ///< written without a space between the names (CJK)
};

const QList<Culture> &cultures()
{
    static const QList<Culture> all = {
        {{{u"José", "jose"},
          {u"María", "maria"},
          {u"Sofía", "sofia"},
          {u"Andrés", "andres"},
          {u"Lucía", "lucia"},
          {u"Íñigo", "inigo"}},
         {{u"Álvarez", "alvarez"},
          {u"García", "garcia"},
          {u"Núñez", "nunez"},
          {u"Fernández", "fernandez"},
          {u"de la Peña", "delapena"}},
         false,
         false},
        {{{u"Zoë", "zoe"},
          {u"Chloé", "chloe"},
          {u"François", "francois"},
          {u"Hélène", "helene"},
          {u"Anne-Marie", "annemarie"},
          {u"Jean-Luc", "jeanluc"}},
         {{u"Dubois", "dubois"},
          {u"Lefèvre", "lefevre"},
          {u"Saint-Exupéry", "saintexupery"},
          {u"Müller-Lüdenscheidt", "mullerludenscheidt"},
          {u"Moreau", "moreau"}},
         false,
         false},
        {{{u"Łukasz", "lukasz"},
          {u"Małgorzata", "malgorzata"},
          {u"Zbigniew", "zbigniew"},
          {u"Agnieszka", "agnieszka"}},
         {{u"Nowak", "nowak"},
          {u"Wiśniewski", "wisniewski"},
          {u"Żółkiewska", "zolkiewska"},
          {u"Kowalczyk", "kowalczyk"}},
         false,
         false},
        {{{u"Jürgen", "jurgen"},
          {u"Käthe", "kathe"},
          {u"Björn", "bjorn"},
          {u"Søren", "soren"},
          {u"Åsa", "asa"}},
         {{u"Schröder", "schroder"},
          {u"Größmann", "grossmann"},
          {u"Ødegaard", "odegaard"},
          {u"Håkansson", "hakansson"}},
         false,
         false},
        {{{u"Seán", "sean"}, {u"Siobhán", "siobhan"}, {u"Patrick", "patrick"}, {u"Aoife", "aoife"}},
         {{u"O'Brien", "obrien"},
          {u"O'Connor", "oconnor"},
          {u"McAllister", "mcallister"},
          {u"D'Arcy", "darcy"}},
         false,
         false},
        {{{u"太郎", "taro"}, {u"花子", "hanako"}, {u"健", "ken"}, {u"さくら", "sakura"}},
         {{u"山田", "yamada"}, {u"佐藤", "sato"}, {u"鈴木", "suzuki"}, {u"高橋", "takahashi"}},
         true,
         true},
        {{{u"伟", "wei"}, {u"芳", "fang"}, {u"秀英", "xiuying"}, {u"磊", "lei"}},
         {{u"王", "wang"}, {u"李", "li"}, {u"张", "zhang"}, {u"刘", "liu"}},
         true,
         true},
        {{{u"민준", "minjun"}, {u"서연", "seoyeon"}, {u"지호", "jiho"}},
         {{u"김", "kim"}, {u"이", "lee"}, {u"박", "park"}},
         true,
         true},
        {{{u"محمد", "mohammed"}, {u"فاطمة", "fatima"}, {u"أحمد", "ahmed"}, {u"ليلى", "layla"}},
         {{u"الأحمد", "alahmad"}, {u"حداد", "haddad"}, {u"العلي", "alali"}},
         false,
         false},
        {{{u"דוד", "david"}, {u"שרה", "sarah"}, {u"יוסף", "yosef"}, {u"נועה", "noa"}},
         {{u"כהן", "cohen"}, {u"לוי", "levi"}, {u"מזרחי", "mizrahi"}},
         false,
         false},
        {{{u"Дмитрий", "dmitry"}, {u"Анна", "anna"}, {u"Сергей", "sergey"}},
         {{u"Иванов", "ivanov"}, {u"Смирнова", "smirnova"}, {u"Кузнецов", "kuznetsov"}},
         false,
         false},
        {{{u"Αλέξανδρος", "alexandros"}, {u"Ελένη", "eleni"}},
         {{u"Παπαδόπουλος", "papadopoulos"}, {u"Οικονόμου", "oikonomou"}},
         false,
         false},
        {{{u"Nguyễn", "nguyen"}, {u"Thảo", "thao"}, {u"Phương", "phuong"}},
         {{u"Trần", "tran"}, {u"Lê", "le"}, {u"Phạm", "pham"}},
         false,
         false},
        {{{u"Aarav", "aarav"}, {u"Priya", "priya"}, {u"अनन्या", "ananya"}},
         {{u"Sharma", "sharma"}, {u"Patel", "patel"}, {u"गुप्ता", "gupta"}},
         false,
         false},
        {{{u"Emma", "emma"},
          {u"Liam", "liam"},
          {u"Olivia", "olivia"},
          {u"Noah", "noah"},
          {u"Ava", "ava"},
          {u"James", "james"},
          {u"Mia", "mia"},
          {u"Ethan", "ethan"}},
         {{u"Smith", "smith"},
          {u"Johnson", "johnson"},
          {u"Williams", "williams"},
          {u"Brown", "brown"},
          {u"Taylor", "taylor"},
          {u"Anderson", "anderson"}},
         false,
         false},
    };
    return all;
}

const QList<DemoPerson> &showcaseList()
{
    static const QList<DemoPerson> list = {
        {QStringLiteral("山田太郎"), QStringLiteral("taro.yamada")},
        {QStringLiteral("محمد الأحمد"), QStringLiteral("mohammed.alahmad")},
        {QStringLiteral("דוד כהן"), QStringLiteral("david.cohen")},
        {QStringLiteral("Seán O'Brien"), QStringLiteral("sean.obrien")},
        {QStringLiteral("Anne-Marie Saint-Exupéry"), QStringLiteral("anne-marie.saint-exupery")},
        {QStringLiteral("Zoë Lefèvre"), QStringLiteral("zoe.lefevre")},
        {QStringLiteral("José María Fernández de la Peña y Álvarez de Toledo"),
         QStringLiteral("jose.maria.fernandez")},
        {QStringLiteral("Maximilian Alexander Konstantin Freiherr von und zu "
                        "Hohenzollern-Sigmaringen-Wittelsbach"),
         QStringLiteral("maximilian.hohenzollern")},
        {QStringLiteral("Łukasz Żółkiewski"), QStringLiteral("lukasz.zolkiewski")},
        {QStringLiteral("Nguyễn Thị Minh Khai"), QStringLiteral("minh.khai.nguyen")},
        {QStringLiteral("Björn Ødegaard"), QStringLiteral("bjorn.odegaard")},
        {QStringLiteral("王秀英"), QStringLiteral("xiuying.wang")},
    };
    return list;
}

} // namespace

namespace DemoNames {

DemoPerson person(QRandomGenerator &random, int serial)
{
    const QList<Culture> &all = cultures();
    const Culture &culture =
        all.at(static_cast<int>(random.bounded(static_cast<quint32>(all.size()))));
    const Name &given = culture.given.at(
        static_cast<int>(random.bounded(static_cast<quint32>(culture.given.size()))));
    const Name &family = culture.family.at(
        static_cast<int>(random.bounded(static_cast<quint32>(culture.family.size()))));
    const QString givenText = QString::fromUtf16(given.written);
    const QString familyText = QString::fromUtf16(family.written);
    QString fullName;
    if (culture.familyFirst)
        fullName = familyText + (culture.noSpace ? QString() : QStringLiteral(" ")) + givenText;
    else
        fullName = givenText + QLatin1Char(' ') + familyText;
    const QString local = QLatin1String(given.roman) + QLatin1Char('.') +
                          QLatin1String(family.roman) + QLatin1Char('.') + QString::number(serial);
    return DemoPerson{fullName, local};
}

DemoPerson showcase(int index)
{
    return showcaseList().at(index);
}

int showcaseCount()
{
    return static_cast<int>(showcaseList().size());
}

} // namespace DemoNames
