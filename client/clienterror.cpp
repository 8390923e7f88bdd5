#include "client/clienterror.h"

namespace lgsp::client {

QString ClientError::message() const
{
    QString sentence;
    switch (kind) {
    case Kind::None:
        return {};
    case Kind::Network:
        sentence = tr("The instance could not be reached.");
        break;
    case Kind::Timeout:
        sentence = tr("The instance did not answer in time.");
        break;
    case Kind::Tls:
        sentence = tr("The secure connection to the instance failed.");
        break;
    case Kind::Server:
        sentence = tr("The instance reported an internal error (HTTP %1).").arg(httpStatus);
        break;
    case Kind::Protocol:
        sentence = tr("The instance sent a response the console does not understand.");
        break;
    case Kind::Incompatible:
        sentence = tr("The instance speaks an API version this console does not support.");
        break;
    case Kind::Http:
        sentence = tr("The instance answered with an unexpected status (HTTP %1).").arg(httpStatus);
        break;
    }
    return detail.isEmpty() ? sentence : tr("%1 Detail: %2").arg(sentence, detail);
}

} // namespace lgsp::client
