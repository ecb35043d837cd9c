#ifndef SLANT_CZLIB_SHIM_H
#define SLANT_CZLIB_SHIM_H
#include <zlib.h>
#endif
