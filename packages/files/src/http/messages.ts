import { describeContentTypes } from '../content/types';
import { FileErrorCode, type FileError } from '../errors';

export interface HttpFailure {
  status: number;
  code: string;
  /** For the person uploading or downloading: what happened and what to do now. */
  message: string;
}

/** The HTTP answer to a FileError: a status, its stable code and a Chinese message. */
export function httpFailure(error: FileError): HttpFailure {
  const { code, details } = error;
  const download = details.link === 'download';
  switch (code) {
    case FileErrorCode.LINK_EXPIRED:
      return download
        ? { status: 410, code, message: '下载链接已过期。请回到页面重新点击下载。' }
        : { status: 410, code, message: '上传链接已过期。请回到页面重新选择文件上传，系统会生成新的上传链接。' };
    case FileErrorCode.LINK_INVALID:
      return download
        ? { status: 403, code, message: '下载链接无效（可能不完整或被改动）。请回到页面重新点击下载。' }
        : { status: 403, code, message: '上传链接无效（可能不完整或被改动）。请回到页面重新选择文件上传。' };
    case FileErrorCode.TOO_LARGE:
      return { status: 413, code, message: `文件超过 ${megabytes(details.maxBytes ?? 0)} MB 的大小上限。请压缩或拆分后重新上传。` };
    case FileErrorCode.EMPTY_FILE:
      return { status: 400, code, message: '文件是空的（0 字节）。请选择有内容的文件重新上传。' };
    case FileErrorCode.TYPE_NOT_ALLOWED:
      return {
        status: 415,
        code,
        message: `文件的实际内容不是可接受的类型，只接受 ${describeContentTypes(details.accepted ?? [])}。只改扩展名无效，请用相应软件另存为上述格式后重新上传。`,
      };
    case FileErrorCode.ALREADY_UPLOADED:
      return { status: 409, code, message: '这个上传链接已经用过，文件已保存，无需重复上传。如需更换文件，请回到页面重新上传。' };
    case FileErrorCode.NOT_FOUND:
      return { status: 404, code, message: '文件不存在或已被删除。请回到页面刷新后重试。' };
    case FileErrorCode.UPLOAD_INCOMPLETE:
      return { status: 400, code, message: '上传没有完成（连接中断）。请检查网络后重新上传。' };
    case FileErrorCode.INVALID_ARGUMENT:
      return { status: 400, code, message: '请求无效。请回到页面重试。' };
  }
}

export const INTERNAL_FAILURE: HttpFailure = { status: 500, code: 'INTERNAL', message: '文件服务暂时出错。请稍后重试；如果一直失败，请联系平台运维。' };

/** 20971520 → "20", 1572864 → "1.5", 102400 → "0.098". */
function megabytes(bytes: number): string {
  const mb = bytes / (1024 * 1024);
  return String(Number(mb.toFixed(mb >= 1 ? 1 : 3)));
}
