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
    case FileErrorCode.SCAN_FAILED:
      return { status: 503, code, message: '病毒扫描服务暂时不可用，文件将稍后自动扫描。' };
    case FileErrorCode.INVALID_ARGUMENT:
      return { status: 400, code, message: '请求无效。请回到页面重试。' };
    case FileErrorCode.ZIP_DAMAGED:
      return {
        status: 415,
        code,
        message: `压缩包${inArchive(details.entry)}已损坏或使用了不支持的压缩方式，无法打开。请用常用压缩软件重新打包为 ZIP 格式后上传。`,
      };
    case FileErrorCode.ZIP_UNSAFE_PATH:
      return { status: 400, code, message: `压缩包中的${entryName(details.entry)}路径不安全（含 ..、绝对路径或符号链接）。请重新打包后上传。` };
    case FileErrorCode.ZIP_ENCRYPTED:
      return { status: 415, code, message: `压缩包中的${entryName(details.entry)}设置了密码，系统无法检查其内容。请去掉密码后重新打包上传。` };
    case FileErrorCode.ZIP_TOO_MANY_ENTRIES:
      return { status: 400, code, message: `压缩包中的文件和文件夹超过 ${details.maxEntries ?? 0} 个。请删去不需要的文件，或分成几个压缩包上传。` };
    case FileErrorCode.ZIP_BOMB:
      return {
        status: 400,
        code,
        message: `压缩包${inArchive(details.entry)}解压后过大或压缩比异常：解压后总大小不能超过 ${megabytes(details.maxBytes ?? 0)} MB，单个文件的压缩比不能超过 ${details.maxRatio ?? 0} 倍。请只打包需要的材料，或分成几个压缩包上传。`,
      };
    case FileErrorCode.ZIP_UNSUPPORTED_ENTRY:
      return {
        status: 415,
        code,
        message: `压缩包中的${entryName(details.entry)}不是可接受的类型（只接受 PDF、Word、Excel、图片），也不能嵌套压缩包。请移除后重新打包。`,
      };
    case FileErrorCode.ZIP_ENTRY_TYPE_MISMATCH:
      return {
        status: 415,
        code,
        message: `压缩包中的${entryName(details.entry)}实际内容与扩展名不符，只改扩展名无效。请用相应软件另存为 PDF、Word、Excel 或图片后重新打包。`,
      };
    case FileErrorCode.ZIP_EMPTY:
      return { status: 400, code, message: '压缩包里没有文件。请放入佐证材料后重新打包上传。' };
  }
}

/** Entry names can be long (up to 64 KiB): a message quotes at most this many characters of one. */
const MAX_QUOTED_NAME = 80;

/** “审计报告/年报.pdf”, shortened in the middle when long; “某个文件” when the entry is not known. */
function entryName(entry: string | undefined): string {
  if (entry === undefined) return '某个文件';
  const chars = [...entry];
  const shown = chars.length <= MAX_QUOTED_NAME ? entry : `${chars.slice(0, MAX_QUOTED_NAME / 2).join('')}…${chars.slice(-MAX_QUOTED_NAME / 2).join('')}`;
  return `“${shown}”`;
}

/** "中的“x.pdf”" after 压缩包 when an entry is known, nothing otherwise. */
const inArchive = (entry: string | undefined): string => (entry === undefined ? '' : `中的${entryName(entry)}`);

export const INTERNAL_FAILURE: HttpFailure = { status: 500, code: 'INTERNAL', message: '文件服务暂时出错。请稍后重试；如果一直失败，请联系平台运维。' };

/** 20971520 → "20", 1572864 → "1.5", 102400 → "0.098". */
function megabytes(bytes: number): string {
  const mb = bytes / (1024 * 1024);
  return String(Number(mb.toFixed(mb >= 1 ? 1 : 3)));
}
