// Renders the application icon (SVG) to the PNG sizes of the hicolor theme and to a Windows
// .ico, at build time, so no rendered image is kept in the repository.
//
//   lgsp-render-icons ICON.svg OUTDIR BASENAME
// writes OUTDIR/<size>/BASENAME.png for 16…512 and OUTDIR/BASENAME.ico.
#include <QDir>
#include <QGuiApplication>
#include <QImage>
#include <QImageWriter>
#include <QPainter>
#include <QSvgRenderer>

#include <cstdio>

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() != 4) {
        std::fprintf(stderr, "usage: lgsp-render-icons ICON.svg OUTDIR BASENAME\n");
        return 2;
    }
    QSvgRenderer svg(args.at(1));
    if (!svg.isValid()) {
        std::fprintf(stderr, "lgsp-render-icons: cannot read %s\n", qPrintable(args.at(1)));
        return 1;
    }
    const QDir out(args.at(2));
    const QString name = args.at(3);
    const auto render = [&svg](int size) {
        QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::transparent);
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        svg.render(&painter);
        return image;
    };
    for (const int size : {16, 22, 24, 32, 48, 64, 128, 256, 512}) {
        const QString dir = QStringLiteral("%1x%1").arg(size);
        if (!out.mkpath(dir) || !render(size).save(out.filePath(dir + QLatin1Char('/') + name +
                                                                QStringLiteral(".png")))) {
            std::fprintf(stderr, "lgsp-render-icons: cannot write the %d px icon\n", size);
            return 1;
        }
    }
    // The .ico of the Windows installer and executable (Qt's ico plugin writes one image).
    if (!QImageWriter::supportedImageFormats().contains("ico") ||
        !render(256).save(out.filePath(name + QStringLiteral(".ico")))) {
        std::fprintf(stderr, "lgsp-render-icons: cannot write the .ico (Qt's ico plugin)\n");
        return 1;
    }
    return 0;
}
