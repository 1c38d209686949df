// SPDX-License-Identifier: MIT
// Serial ports and raw fd I/O (builtins.md 12.1): serial_open / serial_config /
// serial_send / serial_recv / serial_close. send / recv work on any fd.
#include <errno.h>
#include <fcntl.h>
#include <termios.h>
#include <unistd.h>

#include "lib.h"

static speed_t baud_constant(int64_t baud)
{
    static const struct {
        int64_t baud;
        speed_t speed;
    } table[] = {
        {50, B50},       {75, B75},       {110, B110},     {134, B134},     {150, B150},
        {200, B200},     {300, B300},     {600, B600},     {1200, B1200},   {1800, B1800},
        {2400, B2400},   {4800, B4800},   {9600, B9600},   {19200, B19200}, {38400, B38400},
        {57600, B57600}, {115200, B115200}, {230400, B230400},
    };
    for (size_t i = 0; i < sizeof table / sizeof table[0]; i++)
        if (table[i].baud == baud)
            return table[i].speed;
    return B9600;
}

// serial_open(path, baud) -> fd or 0: raw 8N1, no flow control, blocking reads.
static bool ser_open(VM *vm, int argc, Value *args, Value *out)
{
    ObjString *path;
    int64_t baud;
    if (!arg_cstring(vm, "serial_open", args, 0, "path", &path) || !arg_int(vm, "serial_open", args, 1, &baud))
        return false;
    int fd = open(path->chars, O_RDWR | O_NOCTTY | O_CLOEXEC);
    if (fd < 0) {
        *out = INT_VAL(0);
        return true;
    }
    struct termios tio;
    if (tcgetattr(fd, &tio) == 0) {
        cfmakeraw(&tio);
        tio.c_cflag |= CLOCAL | CREAD;
        tio.c_cflag &= ~(tcflag_t)(CSTOPB | PARENB | CRTSCTS);
        tio.c_cc[VMIN] = 1;
        tio.c_cc[VTIME] = 0;
        cfsetispeed(&tio, baud_constant(baud));
        cfsetospeed(&tio, baud_constant(baud));
        tcsetattr(fd, TCSANOW, &tio);
    }
    *out = INT_VAL(fd);
    return true;
}

// serial_config(fd, data_bits, parity, stop_bits, flow) -> 1/0.
static bool ser_config(VM *vm, int argc, Value *args, Value *out)
{
    int64_t fd, bits, parity, stop, flow;
    if (!arg_int(vm, "serial_config", args, 0, &fd) || !arg_int(vm, "serial_config", args, 1, &bits) ||
        !arg_int(vm, "serial_config", args, 2, &parity) ||
        !arg_int(vm, "serial_config", args, 3, &stop) || !arg_int(vm, "serial_config", args, 4, &flow))
        return false;
    struct termios tio;
    if (fd < 0 || fd > INT32_MAX || tcgetattr((int)fd, &tio) != 0) {
        *out = INT_VAL(0);
        return true;
    }
    tio.c_cflag &= ~(tcflag_t)CSIZE;
    tio.c_cflag |= bits == 5 ? CS5 : bits == 6 ? CS6 : bits == 7 ? CS7 : CS8;
    tio.c_cflag &= ~(tcflag_t)(PARENB | PARODD);
    if (parity == 1)
        tio.c_cflag |= PARENB | PARODD;
    else if (parity == 2)
        tio.c_cflag |= PARENB;
    if (stop == 2)
        tio.c_cflag |= CSTOPB;
    else
        tio.c_cflag &= ~(tcflag_t)CSTOPB;
    if (flow == 1)
        tio.c_cflag |= CRTSCTS;
    else
        tio.c_cflag &= ~(tcflag_t)CRTSCTS;
    *out = INT_VAL(tcsetattr((int)fd, TCSANOW, &tio) == 0 ? 1 : 0);
    return true;
}

// serial_send(fd, data) -> bytes written or -1 (plain write: any fd).
static bool ser_send(VM *vm, int argc, Value *args, Value *out)
{
    int64_t fd;
    ObjString *data;
    if (!arg_int(vm, "serial_send", args, 0, &fd) || !arg_string(vm, "serial_send", args, 1, &data))
        return false;
    if (fd < 0 || fd > INT32_MAX) {
        *out = INT_VAL(-1);
        return true;
    }
    ssize_t n;
    do
        n = write((int)fd, data->chars, data->len);
    while (n < 0 && errno == EINTR);
    *out = INT_VAL(n < 0 ? -1 : (int64_t)n);
    return true;
}

// serial_recv(fd, maxlen) -> String from one read(): "" at EOF or on error.
static bool ser_recv(VM *vm, int argc, Value *args, Value *out)
{
    int64_t fd, maxlen;
    if (!arg_int(vm, "serial_recv", args, 0, &fd) || !arg_int(vm, "serial_recv", args, 1, &maxlen))
        return false;
    if (maxlen <= 0)
        maxlen = 4096;
    if (maxlen > (1 << 20))
        maxlen = 1 << 20;
    if (fd < 0 || fd > INT32_MAX) {
        *out = OBJ_VAL(str_new(vm, "", 0));
        return true;
    }
    char *buf = fun_malloc((size_t)maxlen);
    fflush(stdout);
    ssize_t n;
    do
        n = read((int)fd, buf, (size_t)maxlen);
    while (n < 0 && errno == EINTR);
    *out = OBJ_VAL(str_new(vm, buf, n > 0 ? (size_t)n : 0));
    free(buf);
    return true;
}

static bool ser_close(VM *vm, int argc, Value *args, Value *out)
{
    int64_t fd;
    if (!arg_int(vm, "serial_close", args, 0, &fd))
        return false;
    *out = INT_VAL(fd >= 0 && fd <= INT32_MAX && close((int)fd) == 0 ? 1 : 0);
    return true;
}

const NativeReg lib_serial_natives[] = {
    {"serial_open", ser_open, 2, 2},
    {"serial_config", ser_config, 5, 5},
    {"serial_send", ser_send, 2, 2},
    {"serial_recv", ser_recv, 2, 2},
    {"serial_close", ser_close, 1, 1},
    {NULL, NULL, 0, 0},
};
