-- Neovim (0.7+) as a real LSP client of `claimlint lsp`, run headless by nvim_test.sh.
-- Opens one seed draft, waits for claimlint's diagnostics, writes them with their related
-- locations to $OUT, then edits the buffer the way a writer would (through Neovim's own
-- didChange) and writes the diagnostics again once they update.
local bin, root, file, out = os.getenv('CLAIMLINT'), os.getenv('ROOT'), os.getenv('FILE'),
  os.getenv('OUT')
local lines = {}
local function dump(label)
  table.insert(lines, '== ' .. label)
  local diags = vim.diagnostic.get(0)
  table.sort(diags, function(a, b) return a.lnum < b.lnum or (a.lnum == b.lnum and a.col < b.col) end)
  for _, d in ipairs(diags) do
    local lsp = d.user_data and d.user_data.lsp or {}
    local rel = (lsp.relatedInformation or {})[1]
    local related = ''
    if rel then
      related = string.format(' | related %s:%d:%d %s', vim.uri_to_fname(rel.location.uri),
        rel.location.range.start.line + 1, rel.location.range.start.character + 1, rel.message)
    end
    table.insert(lines, string.format('%d:%d [%s] %s%s', d.lnum + 1, d.col + 1,
      d.code or lsp.code or '?', d.message, related))
  end
end
local function count(code)
  local n = 0
  for _, d in ipairs(vim.diagnostic.get(0)) do
    if d.code == code then n = n + 1 end
  end
  return n
end

local client_id = vim.lsp.start_client({
  name = 'claimlint',
  cmd = { bin, 'lsp' },
  root_dir = root,
  workspace_folders = { { uri = vim.uri_from_fname(root), name = 'seeds' } },
})
vim.cmd('edit ' .. vim.fn.fnameescape(file))
vim.lsp.buf_attach_client(0, client_id)
local got = vim.wait(20000, function() return count('claims/title-conflict') > 0 end, 50)
table.insert(lines, 'received: ' .. tostring(got))
dump('after open')

-- The writer drops "former" from line 15: that conflict must go, the other stays.
local l15 = vim.api.nvim_buf_get_lines(0, 14, 15, false)[1]
local edited = l15:gsub('^Former U%.S%. president', 'U.S. President', 1)
vim.api.nvim_buf_set_lines(0, 14, 15, false, { edited })
local updated = vim.wait(20000, function() return count('claims/title-conflict') == 1 end, 50)
table.insert(lines, 'updated: ' .. tostring(updated))
dump('after edit')

vim.fn.writefile(lines, out)
vim.lsp.stop_client(client_id)
vim.wait(2000, function() return vim.lsp.get_client_by_id(client_id) == nil end, 50)
vim.cmd('qa!')
