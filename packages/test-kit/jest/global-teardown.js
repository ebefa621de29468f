module.exports = async () => {
  await globalThis.__ZJTX_PG__?.stop();
};
